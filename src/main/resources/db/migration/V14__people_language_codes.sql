-- people: first language checked against the Language enum's codes exactly, like every other code list
alter table person drop constraint person_first_language_check;
alter table person add constraint person_first_language_check check (first_language in (
    'eng', 'sqi', 'amh', 'ara', 'ben', 'bfi', 'bul', 'yue', 'ces', 'prs', 'pes', 'fra', 'guj', 'hin', 'hun', 'ita', 'kur', 'lav',
    'lit', 'cmn', 'pus', 'pol', 'por', 'pan', 'rom', 'ron', 'rus', 'slk', 'som', 'spa', 'swa', 'tam', 'tir', 'tur', 'twi', 'ukr',
    'urd', 'vie', 'cym', 'yor', 'other', 'unknown'));
