package vn.dxscorecard.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A line-level SMTP front on loopback for a real server behind it (GreenMail): it passes
 * every command and reply through, and on demand answers in the server's place — a 4xx or
 * a 5xx to {@code MAIL FROM}, a 550 to chosen recipients — or offers STARTTLS with a test
 * certificate, speaking TLS to the client and plain SMTP to the server. It can also
 * misbehave at any stage of the conversation ({@link #at}): answer 4xx or 5xx, fall
 * silent, or drop the connection in the middle of a message, and answer slowly
 * ({@link #slow}). What the job's mail client meets is then what real relays do, while
 * the messages still arrive in a real server.
 */
public final class SmtpFront implements AutoCloseable {

    /** What {@code MAIL FROM} gets while set. */
    public enum Fault {

        NONE(null), TEMPORARY("451 4.3.0 Mailbox temporarily unavailable, try again later"),
        PERMANENT("554 5.7.1 Message refused by policy");

        private final String reply;

        Fault(String reply) {
            this.reply = reply;
        }

    }

    private final int upstreamPort;

    private final SSLContext tls;

    private final ServerSocket server;

    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    private final AtomicInteger handshakes = new AtomicInteger();

    private volatile Fault fault = Fault.NONE;

    /** The stages of one SMTP conversation, as a fault can be set on each. */
    public enum Stage {

        GREETING, EHLO, MAIL, RCPT, DATA, END_OF_DATA

    }

    /** What the front does at a stage instead of passing it on. */
    public sealed interface Misbehaviour {

        /** This reply in the server's place. */
        record Reply(String line) implements Misbehaviour {
        }

        /** No answer at all, for as long as the client waits. */
        record Silence() implements Misbehaviour {
        }

        /** The connection is closed (at DATA: after part of the message). */
        record Drop() implements Misbehaviour {
        }

    }

    private final Map<Stage, Misbehaviour> faults = new ConcurrentHashMap<>();

    private volatile Duration delay = Duration.ZERO;

    private final AtomicInteger sessions = new AtomicInteger();

    private final List<Socket> open = new ArrayList<>();

    /**
     * @param tls offers STARTTLS with this context's certificate when not null
     */
    public SmtpFront(int upstreamPort, SSLContext tls) throws IOException {
        this.upstreamPort = upstreamPort;
        this.tls = tls;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "smtp-front");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public void fault(Fault fault) {
        this.fault = fault;
    }

    /** {@code RCPT TO} this address gets a 550 from now on. */
    public void refuse(String address) {
        refused.add(address.toLowerCase(Locale.ROOT));
    }

    /** From now on, {@code stage} gets {@code misbehaviour}; {@code null} clears it. */
    public void at(Stage stage, Misbehaviour misbehaviour) {
        if (misbehaviour == null) {
            faults.remove(stage);
        }
        else {
            faults.put(stage, misbehaviour);
        }
    }

    /** Every reply to the client waits this long first. */
    public void slow(Duration delay) {
        this.delay = delay;
    }

    /** How many connections the front has accepted. */
    public int sessions() {
        return sessions.get();
    }

    /** How many clients completed a TLS handshake after STARTTLS. */
    public int tlsHandshakes() {
        return handshakes.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (open) {
            for (Socket socket : open) {
                socket.close();
            }
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                synchronized (open) {
                    open.add(client);
                }
                Thread session = new Thread(() -> session(client), "smtp-front-session");
                session.setDaemon(true);
                session.start();
            }
            catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket client) {
        sessions.incrementAndGet();
        try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort); client) {
            Line server = new Line(upstream);
            Line from = new Line(client);
            List<String> greeting = server.reply();
            if (misbehaved(Stage.GREETING, from)) {
                return;
            }
            answer(from, greeting);
            boolean secured = false;
            String command;
            while ((command = from.read()) != null) {
                String verb = command.length() < 4 ? command : command.substring(0, 4).toUpperCase(Locale.ROOT);
                Stage stage = switch (verb) {
                    case "EHLO", "HELO" -> Stage.EHLO;
                    case "MAIL" -> Stage.MAIL;
                    case "RCPT" -> Stage.RCPT;
                    case "DATA" -> Stage.DATA;
                    default -> null;
                };
                if (stage != null && stage != Stage.DATA && misbehaved(stage, from)) {
                    if (faults.get(stage) instanceof Misbehaviour.Reply) {
                        continue;
                    }
                    return;
                }
                switch (verb) {
                    case "DATA" -> {
                        if (faults.get(Stage.DATA) instanceof Misbehaviour.Reply
                                || faults.get(Stage.DATA) instanceof Misbehaviour.Silence) {
                            misbehaved(Stage.DATA, from);
                            continue;
                        }
                        server.send(command);
                        List<String> go = server.reply();
                        answer(from, go);
                        if (go.getFirst().startsWith("354")) {
                            String line;
                            int lines = 0;
                            do {
                                line = from.read();
                                if (line != null && line.equals(".")) {
                                    break;
                                }
                                if (faults.get(Stage.DATA) instanceof Misbehaviour.Drop && ++lines > 20) {
                                    // mid-message: the server never sees its end
                                    return;
                                }
                                server.send(line);
                            }
                            while (line != null);
                            if (line == null) {
                                return;
                            }
                            if (misbehaved(Stage.END_OF_DATA, from)) {
                                // the server never got the end: the message is not
                                // delivered
                                return;
                            }
                            server.send(line);
                            answer(from, server.reply());
                        }
                    }
                    case "EHLO" -> {
                        server.send(command);
                        List<String> reply = server.reply();
                        if (tls != null && !secured) {
                            String last = reply.removeLast();
                            reply.add(last.substring(0, 3) + "-" + last.substring(4));
                            reply.add("250 STARTTLS");
                        }
                        answer(from, reply);
                    }
                    case "STAR" -> {
                        from.send(List.of("220 2.0.0 Ready to start TLS"));
                        SSLSocket secure = (SSLSocket) tls.getSocketFactory()
                            .createSocket(client, "127.0.0.1", client.getPort(), true);
                        secure.setUseClientMode(false);
                        secure.startHandshake();
                        handshakes.incrementAndGet();
                        from = new Line(secure);
                        secured = true;
                    }
                    case "MAIL" -> {
                        Fault now = fault;
                        if (now.reply != null) {
                            answer(from, List.of(now.reply));
                        }
                        else {
                            server.send(command);
                            answer(from, server.reply());
                        }
                    }
                    case "RCPT" -> {
                        String address = command.replaceAll("(?i).*<([^>]*)>.*", "$1").toLowerCase(Locale.ROOT);
                        if (refused.contains(address)) {
                            answer(from, List.of("550 5.1.1 <" + address + ">: Recipient address rejected"));
                        }
                        else {
                            server.send(command);
                            answer(from, server.reply());
                        }
                    }
                    default -> {
                        server.send(command);
                        answer(from, server.reply());
                    }
                }
            }
        }
        catch (IOException | RuntimeException e) {
            // the client went away, or was killed: nothing to pass on
        }
    }

    /**
     * Does what is set for {@code stage}, if anything.
     * @return whether something was done instead of passing the stage on
     */
    private boolean misbehaved(Stage stage, Line client) throws IOException {
        Misbehaviour misbehaviour = faults.get(stage);
        switch (misbehaviour) {
            case null -> {
                return false;
            }
            case Misbehaviour.Reply reply -> answer(client, List.of(reply.line()));
            case Misbehaviour.Silence silence -> {
                // hold the connection, answering nothing, until the client gives up
                while (client.read() != null) {
                    // swallowed
                }
            }
            case Misbehaviour.Drop drop -> {
                // returning closes both sockets
            }
        }
        return true;
    }

    private void answer(Line client, List<String> lines) throws IOException {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
        client.send(lines);
    }

    /** One side of the conversation, line by line (CRLF). */
    private static final class Line {

        private final BufferedReader in;

        private final OutputStream out;

        Line(Socket socket) throws IOException {
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            this.out = socket.getOutputStream();
        }

        String read() throws IOException {
            return in.readLine();
        }

        void send(String line) throws IOException {
            if (line == null) {
                throw new IOException("the client closed the connection");
            }
            out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        void send(List<String> lines) throws IOException {
            for (String line : lines) {
                out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        }

        /** A reply: lines up to the one whose code is followed by a space. */
        List<String> reply() throws IOException {
            List<String> lines = new ArrayList<>();
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new UncheckedIOException(new IOException("the server closed the connection"));
                }
                lines.add(line);
            }
            while (line.length() > 3 && line.charAt(3) == '-');
            return lines;
        }

    }

}
