package uk.opencsc.returns.cin.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;

/** Everything a read delivered, in order, for the reader's tests. */
final class ReadLog implements CensusXmlReader.Listener {
    CensusHeader header;
    int headerCalls;
    final List<CensusChild> children = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();
    final List<String> order = new ArrayList<>();
    CensusXmlReader.Summary summary;

    static ReadLog ofResource(String name) {
        try (InputStream in = ReadLog.class.getResourceAsStream("/returns/fake/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadLog ofXml(String xml) {
        return of(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static ReadLog of(InputStream in) {
        ReadLog log = new ReadLog();
        log.summary = new CensusXmlReader().read(in, log);
        return log;
    }

    @Override
    public void header(CensusHeader header) {
        this.header = header;
        headerCalls++;
        order.add("header");
    }

    @Override
    public void child(CensusChild child) {
        children.add(child);
        order.add("child " + child.name());
    }

    @Override
    public void problem(ReadProblem problem) {
        problems.add(problem);
        order.add("problem " + problem.child() + " " + problem.element());
    }

    /** Each problem as child, element and what was expected, one a line. */
    List<String> problemLines() {
        return problems.stream().map(p -> p.child() + " | " + p.element() + " | " + p.expected()).toList();
    }
}
