package uk.opencsc.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On the embedded default, tells the newcomer where to go and whom to sign in as, once the web
 * server is answering. Printed to standard output (not only the log) so it is seen whatever the
 * logging settings.
 */
@Component
class ReadyBanner {

    private final Environment environment;
    private final boolean demo;

    ReadyBanner(Environment environment, @Value("${opencsc.demo.load-on-start:false}") boolean demo) {
        this.environment = environment;
        this.demo = demo;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = environment.getProperty("local.server.port");
        if (!demo || port == null || StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        System.out.printf("""

                OpenCSC is ready: open http://localhost:%s and sign in with password "demo" as
                  sw.demo (social worker)   tm.demo (team manager)      hos.demo (head of service)
                  pa.demo (personal adviser) iro.demo (IRO / CP chair)   analyst.demo (performance analyst)
                  inspector.demo (Ofsted inspector, read-only)          admin.demo (administrator)
                  adopt.demo (adoption team social worker: the restricted adoption records)
                  cs.demo (complex safeguarding social worker: Places and groups)
                  tmcic.demo (children in care team manager: the looked after children's tray)
                Stop with Ctrl+C; the data is kept in ./data for the next start.

                """, port);
    }
}
