package vn.dxscorecard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dxscorecard.ops.ExitCodes;
import vn.dxscorecard.support.JobHarness;
import vn.dxscorecard.support.Stderr;

/**
 * The recipients file and delivery's settings are checked at start, through the real
 * entry point: any fault is exit 2 and one line naming file, line and reason, before
 * anything is read or sent.
 */
class RecipientsFileTest {

    private static final String HEADER = "unit_code,role,name,email\n";

    private static final String GOOD = "01,officer,Cán bộ Hà Nội,canbo.01@example.org\n";

    @TempDir
    Path workspace;

    private int launches;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    unknown unit            | HEADER GOOD ZZ,officer,Ai đó,a@example.org           | :3: unknown unit 'ZZ'
                    unit code left empty    | HEADER ,officer,Ai đó,a@example.org                  | :2: unknown unit ''
                    bad role                | HEADER 01,boss,Ai đó,a@example.org                   | :2: unknown role 'boss'
                    national for a province | HEADER 01,national,Ai đó,a@example.org               | :2: role national is for unit QG only
                    leader of QG            | HEADER QG,leader,Ai đó,a@example.org                 | :2: unit QG has no scorecard
                    not an address          | HEADER 01,officer,Ai đó,not-an-address               | :2: 'not-an-address': not
                    two at signs            | HEADER 01,officer,Ai đó,a@b@example.org              | :2: 'a@b@example.org': not
                    a display name          | HEADER 01,officer,Ai đó,"Ai <a@example.org>"         | :2: 'Ai <a@example.org>': not
                    two addresses           | HEADER 01,officer,Ai đó,"a@example.org,b@example.org" | :2: 'a@example.org,b@example.org': not
                    an empty address        | HEADER 01,officer,Ai đó,                             | :2: '': the e-mail is empty
                    a non-ASCII address     | HEADER 01,officer,Ai đó,cán.bộ@example.org           | :2: 'cán.bộ@example.org': not a plain ASCII
                    LF in the name          | HEADER 01,officer,"Ai\\nBcc: x@evil.example",a@example.org | :2: a line break inside a field
                    CR in the address       | HEADER 01,officer,Ai,"a@example.org\\rBcc: x@evil.example" | :2: a line break inside a field
                    a control character     | HEADER 01,officer,Ai\\u0007,a@example.org             | :2: a control character (U+0007)
                    duplicate header        | unit_code,role,email,email\\n                         | :1: column 'email' appears twice in the header
                    unknown column          | unit_code,role,name,email,phone\\n                    | :1: unknown column 'phone'
                    missing column          | unit_code,role,email\\n                               | :1: missing column 'name'
                    a missing field         | HEADER 01,officer,a@example.org                      | :2: expected 4 fields, found 3
                    the same row twice      | HEADER GOOD GOOD                                      | :3: the same unit, role and mailbox as line 2
                    empty file              | EMPTY                                                 | :1: the file is empty
                    header only             | HEADER                                                | :2: no recipients under the header
                    """)
    void aFaultyRecipientsFileIsExit2NamingTheLineAndReason(String name, String content, String expected)
            throws IOException {
        Path file = workspace.resolve("recipients.csv");
        Files.writeString(file, expand(content), StandardCharsets.UTF_8);
        assertThat(launch("--recipients=" + file)).startsWith("dx-scorecard: ").contains(file + expected);
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = workspace.resolve("recipients.csv");
        Files.write(file, (HEADER + "01,officer,C\u00e1n b\u1ed9,a@example.org\n").getBytes(StandardCharsets.UTF_16LE));
        assertThat(launch("--recipients=" + file)).contains(file + ": not valid UTF-8");
    }

    @Test
    void aLinkIsRefusedAndSoIsAFileOverOneMebibyte() throws IOException {
        Path real = Files.writeString(workspace.resolve("real.csv"), HEADER + GOOD);
        Path link = Files.createSymbolicLink(workspace.resolve("link.csv"), real);
        assertThat(launch("--recipients=" + link))
            .contains(link + ": not a regular file (a link: name the file itself)");
        Path large = workspace.resolve("large.csv");
        Files.writeString(large, HEADER + GOOD.repeat(1 + RecipientsFile.MAX_BYTES / GOOD.length()));
        assertThat(launch("--recipients=" + large)).contains(large + ": larger than 1048576 bytes");
        Path folder = Files.createDirectories(workspace.resolve("folder.csv"));
        assertThat(launch("--recipients=" + folder)).contains(folder + ": not a regular file");
        Path missing = workspace.resolve("missing.csv");
        assertThat(launch("--recipients=" + missing)).contains(missing + ": cannot read the recipients file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    eml without recipients | --dx.delivery.mode=eml,--dx.delivery.from=a@example.org | needs the recipients file: --recipients=FILE
                    eml without a sender   | --dx.delivery.mode=eml,RECIPIENTS                       | needs the sender's address: --dx.delivery.from
                    a bad sender           | --dx.delivery.mode=eml,RECIPIENTS,--dx.delivery.from=nobody | dx.delivery.from: 'nobody' is not a valid address
                    smtp without a server  | --dx.delivery.mode=smtp,RECIPIENTS,--dx.delivery.from=a@example.org | needs the mail server: --spring.mail.host
                    an unknown mode        | --dx.delivery.mode=fax                                  | dx.delivery.mode
                    """)
    void deliverySettingsAreCheckedAtStart(String name, String args, String expected) throws IOException {
        Path recipients = Files.writeString(workspace.resolve("recipients.csv"), HEADER + GOOD);
        List<String> options = new ArrayList<>();
        for (String arg : args.split(",")) {
            options.add(arg.equals("RECIPIENTS") ? "--recipients=" + recipients : arg);
        }
        assertThat(launch(options.toArray(String[]::new))).contains(expected);
    }

    /** Runs the real entry point: exit 2 and one line on stderr, nothing published. */
    private String launch(String... args) throws IOException {
        JobHarness job = new JobHarness(workspace.resolve("job" + launches++)).withSample("2025-Q4");
        List<String> all = new ArrayList<>(List.of("--period=2025-Q4", "--dx.clock=2026-01-16T02:00:00+07:00"));
        all.addAll(List.of(args));
        Stderr launch = Stderr.of(() -> job.run(all.toArray(String[]::new)));
        String output = launch.text();
        assertThat(launch.code()).as(output).isEqualTo(ExitCodes.BAD_ARGUMENTS);
        assertThat(output).hasLineCount(1);
        assertThat(job.periodDir("2025-Q4")).doesNotExist();
        return output;
    }

    private static String expand(String content) {
        return content.strip()
            .replace("EMPTY", "")
            .replace("HEADER ", HEADER)
            .replace("HEADER", HEADER)
            .replace("GOOD ", GOOD)
            .replace("GOOD", GOOD)
            .replace("\\n", "\n")
            .replace("\\r", "\r")
            .replace("\\u0007", "\u0007");
    }

}
