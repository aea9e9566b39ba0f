package uk.opencsc.demo;

import java.util.List;

/**
 * Naming, religion and first-language traditions, so a synthetic family's names, faith and language
 * fit together and fit its recorded ethnicity. The lists are written for this project (common names
 * in England for each tradition), not copied from a register. Religions are the people module's codes
 * for the ONS Census 2021 categories; languages its ISO 639-3 codes ("other" for a language it does
 * not list, such as Igbo or Pahari).
 */
enum Heritage {

    BRITISH(
            List.of("Oliver", "George", "Harry", "Jack", "Noah", "Leo", "Charlie", "Alfie", "Freddie", "Archie",
                    "Thomas", "Joshua", "Jacob", "Riley", "Tyler", "Kai", "Mason", "Logan", "Ethan", "Lewis",
                    "Callum", "Jayden", "Reggie", "Tommy", "Ryan", "Daniel", "Liam", "Connor", "Bobby", "Frankie"),
            List.of("Olivia", "Amelia", "Isla", "Ava", "Lily", "Freya", "Ivy", "Sophie", "Grace", "Poppy",
                    "Ella", "Evie", "Chloe", "Millie", "Mia", "Ruby", "Holly", "Jessica", "Lacey", "Paige",
                    "Megan", "Courtney", "Skye", "Maisie", "Lola", "Daisy", "Emily", "Hannah", "Kayla", "Leah"),
            List.of("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Johnson", "Roberts", "Walker",
                    "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris",
                    "Lewis", "Martin", "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott", "Cooper", "Morris",
                    "Ward", "Moore", "King", "Watson", "Baker", "Harrison", "Morgan", "Patel", "Young", "Allen",
                    "Mitchell", "James", "Anderson", "Phillips", "Lee", "Bell", "Parker", "Davies", "Bennett", "Shaw",
                    "Holmes", "Marsh", "Atkinson", "Barker", "Pearson", "Fletcher", "Dixon", "Booth", "Kershaw", "Sutcliffe"),
            Weighted.of("NONE", 55, "CHRISTIAN", 30, "NOT_STATED", 14, "OTHER", 1),
            Weighted.of("eng", 100)),
    IRISH(
            List.of("Sean", "Patrick", "Conor", "Cian", "Darragh", "Finn", "Michael", "John", "Martin", "Aidan"),
            List.of("Aoife", "Niamh", "Siobhan", "Ciara", "Roisin", "Mary", "Bridget", "Kathleen", "Erin", "Orla"),
            List.of("Murphy", "Kelly", "O'Brien", "Byrne", "Ryan", "O'Connor", "Doyle", "McDonagh", "Ward", "Joyce",
                    "Quinn", "Gallagher", "Maughan", "Connors", "Delaney"),
            Weighted.of("CHRISTIAN", 70, "NONE", 20, "NOT_STATED", 10),
            Weighted.of("eng", 100)),
    EASTERN_EUROPEAN(
            List.of("Jakub", "Kacper", "Filip", "Mateusz", "Andrei", "Alexandru", "Lukas", "Matas", "Dawid", "Oskar",
                    "Stefan", "Ionut", "Bogdan", "Arturs", "Marko"),
            List.of("Zuzanna", "Julia", "Maja", "Natalia", "Oliwia", "Ioana", "Elena", "Gabija", "Emilija", "Alicja",
                    "Daria", "Andreea", "Milena", "Viktoria", "Ana"),
            List.of("Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski", "Popescu", "Ionescu", "Kazlauskas",
                    "Petrauskas", "Horvath", "Novak", "Dvorak", "Ozols", "Berzins", "Marinescu", "Zielinski"),
            Weighted.of("CHRISTIAN", 70, "NONE", 20, "NOT_STATED", 10),
            Weighted.of("pol", 35, "ron", 25, "lit", 12, "lav", 6, "slk", 6, "eng", 16)),
    ROMA(
            List.of("Marian", "Denis", "Robert", "Ionel", "Florin", "Lukas", "Dominik", "Rafael", "Nicolae", "David"),
            List.of("Maria", "Denisa", "Nikola", "Simona", "Florentina", "Esmeralda", "Roxana", "Vanesa", "Sabina", "Lenka"),
            List.of("Lakatos", "Balog", "Horvath", "Kotlar", "Dumitru", "Stanciu", "Ferenc", "Oláh", "Rostas", "Gabor"),
            Weighted.of("CHRISTIAN", 80, "NONE", 5, "NOT_STATED", 15),
            Weighted.of("rom", 45, "slk", 25, "ron", 20, "eng", 10)),
    CARIBBEAN(
            List.of("Jaden", "Tyrese", "Kyle", "Marcus", "Andre", "Jerome", "Malachi", "Isaiah", "Nathaniel", "Curtis",
                    "Dwayne", "Reuben", "Elijah", "Josiah", "Kian"),
            List.of("Tia", "Shanice", "Jada", "Keisha", "Aaliyah", "Naomi", "Chantelle", "Imani", "Tiana", "Zara",
                    "Jasmine", "Amara", "Nia", "Renee", "Kezia"),
            List.of("Campbell", "Williams", "Brown", "Francis", "Grant", "Reid", "Henry", "Samuels", "Bailey", "Gordon",
                    "Morgan", "Stewart", "Thomas", "Richards", "Forbes"),
            Weighted.of("CHRISTIAN", 55, "NONE", 35, "NOT_STATED", 8, "OTHER", 2),
            Weighted.of("eng", 100)),
    AFRICAN(
            List.of("Emmanuel", "David", "Samuel", "Daniel", "Joshua", "Tobi", "Kwame", "Ayo", "Chidi", "Mohamed",
                    "Abdi", "Yonas", "Kofi", "Tolu", "Ibrahim", "Michael", "Obinna", "Dawit", "Yusuf", "Ahmed"),
            List.of("Blessing", "Favour", "Precious", "Grace", "Esther", "Amina", "Hodan", "Fatima", "Adaeze", "Ama",
                    "Ruth", "Deborah", "Temi", "Ifeoma", "Hibo", "Selam", "Ayaan", "Zainab", "Abena", "Chioma"),
            List.of("Okafor", "Adeyemi", "Mensah", "Osei", "Okoro", "Adebayo", "Eze", "Boateng", "Asante", "Mohamed",
                    "Hassan", "Ali", "Abdi", "Tesfaye", "Haile", "Bekele", "Nwosu", "Owusu", "Ogunleye", "Mwangi"),
            Weighted.of("CHRISTIAN", 55, "MUSLIM", 35, "NONE", 4, "NOT_STATED", 6),
            Weighted.of("eng", 40, "som", 15, "yor", 10, "tir", 8, "twi", 8, "other", 7,
                    "ara", 6, "amh", 3, "swa", 3)),
    INDIAN(
            List.of("Arjun", "Aarav", "Rohan", "Vihaan", "Dev", "Jaspreet", "Harjit", "Karan", "Ravi", "Aryan",
                    "Gurpreet", "Nikhil", "Sai", "Ishaan", "Manpreet"),
            List.of("Priya", "Ananya", "Diya", "Simran", "Anika", "Harleen", "Navneet", "Aisha", "Kavya", "Meera",
                    "Jaspreet", "Riya", "Sana", "Pooja", "Kiran"),
            List.of("Patel", "Sharma", "Singh", "Kaur", "Kumar", "Gill", "Sandhu", "Mistry", "Shah", "Joshi",
                    "Sidhu", "Dhillon", "Chauhan", "Parmar", "Mehta"),
            Weighted.of("HINDU", 44, "SIKH", 24, "MUSLIM", 14, "CHRISTIAN", 6, "NONE", 6, "NOT_STATED", 6),
            Weighted.of("eng", 45, "pan", 25, "guj", 20, "tam", 5, "hin", 5)),
    PAKISTANI_BANGLADESHI(
            List.of("Muhammad", "Mohammed", "Ibrahim", "Yusuf", "Zain", "Hamza", "Ayaan", "Ali", "Omar", "Bilal",
                    "Rayyan", "Abdullah", "Imran", "Rahim", "Hassan", "Tahmid", "Ilyas", "Idris", "Adam", "Zakariya"),
            List.of("Maryam", "Fatima", "Aisha", "Zara", "Hafsa", "Amira", "Inaya", "Khadija", "Sumaiya", "Nusrat",
                    "Ayesha", "Eman", "Hania", "Mariam", "Raisa", "Safa", "Tasnim", "Zoya", "Anaya", "Sadia"),
            List.of("Khan", "Hussain", "Ahmed", "Ali", "Akhtar", "Iqbal", "Mahmood", "Rashid", "Shah", "Bibi",
                    "Begum", "Miah", "Uddin", "Rahman", "Islam", "Chowdhury", "Hossain", "Ahmad", "Aslam", "Malik"),
            Weighted.of("MUSLIM", 93, "NONE", 1, "NOT_STATED", 6),
            Weighted.of("eng", 40, "urd", 25, "pan", 13, "ben", 19, "other", 3)),
    CHINESE(
            List.of("Jun", "Wei", "Hao", "Ming", "Jian", "Kai", "Ethan", "Lucas", "Zihan", "Yu"),
            List.of("Mei", "Xin", "Li", "Yan", "Jing", "Hui", "Chloe", "Grace", "Zixuan", "Yutong"),
            List.of("Wang", "Li", "Zhang", "Chen", "Liu", "Wong", "Cheung", "Chan", "Lam", "Ng", "Huang", "Lin"),
            Weighted.of("NONE", 65, "CHRISTIAN", 15, "BUDDHIST", 10, "NOT_STATED", 10),
            Weighted.of("eng", 45, "cmn", 35, "yue", 20)),
    MIDDLE_EASTERN_AND_CENTRAL_ASIAN(
            List.of("Ahmad", "Mohammad", "Ali", "Mustafa", "Karim", "Hassan", "Hussein", "Omid", "Reza", "Farhad",
                    "Rahmatullah", "Zaki", "Kawa", "Dilan", "Amir", "Samir", "Bashir", "Nawid", "Sirwan", "Jamal"),
            List.of("Fatemeh", "Maryam", "Zahra", "Leila", "Sara", "Nour", "Yasmin", "Shirin", "Rana", "Parisa",
                    "Hana", "Layla", "Dilan", "Roza", "Mahsa"),
            List.of("Ahmadi", "Hosseini", "Karimi", "Mohammadi", "Rahimi", "Sultani", "Azizi", "Hamidi", "Rasuli",
                    "Abdullah", "Mahmoud", "Saleh", "Ibrahim", "Qasim", "Aziz", "Barzani", "Osman", "Habibi"),
            Weighted.of("MUSLIM", 85, "CHRISTIAN", 4, "NONE", 4, "NOT_STATED", 7),
            Weighted.of("ara", 25, "pus", 20, "kur", 18, "pes", 15, "prs", 12, "eng", 10));

    static final String ENGLISH = "eng";

    private final List<String> boysNames;
    private final List<String> girlsNames;
    private final List<String> surnames;
    private final Weighted<String> religion;
    private final Weighted<String> firstLanguage;

    Heritage(List<String> boysNames, List<String> girlsNames, List<String> surnames,
             Weighted<String> religion, Weighted<String> firstLanguage) {
        this.boysNames = boysNames;
        this.girlsNames = girlsNames;
        this.surnames = surnames;
        this.religion = religion;
        this.firstLanguage = firstLanguage;
    }

    /** A given name; a person of unknown sex (an unborn child has none yet) gets either list's. */
    String givenName(String sex, java.util.SplittableRandom random) {
        List<String> names = switch (sex) {
            case "M" -> boysNames;
            case "F" -> girlsNames;
            default -> random.nextBoolean() ? boysNames : girlsNames;
        };
        return names.get(random.nextInt(names.size()));
    }

    String surname(java.util.SplittableRandom random) {
        return surnames.get(random.nextInt(surnames.size()));
    }

    Weighted<String> religion() {
        return religion;
    }

    /**
     * A first language. Children born here to parents whose first language is not English often have
     * English as their first language, so the generator asks children and adults separately.
     */
    String firstLanguage(boolean bornInEngland, java.util.SplittableRandom random) {
        String language = firstLanguage.pick(random);
        if (bornInEngland && !language.equals(ENGLISH) && random.nextDouble() < 0.35) {
            return ENGLISH;
        }
        return language;
    }
}
