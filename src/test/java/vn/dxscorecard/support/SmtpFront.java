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
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A line-level SMTP front on loopback for a real server behind it (GreenMail): it passes
 * every command and reply through, and on demand answers in the server's place — a 4xx or
 * a 5xx to {@code MAIL FROM}, a 550 to chosen recipients — or offers STARTTLS with a test
 * certificate, speaking TLS to the client and plain SMTP to the server. What the job's
 * mail client meets is then what real relays do, while the messages still arrive in a
 * real server.
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
        try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort); client) {
            Line server = new Line(upstream);
            Line from = new Line(client);
            from.send(server.reply());
            boolean secured = false;
            String command;
            while ((command = from.read()) != null) {
                String verb = command.length() < 4 ? command : command.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> {
                        server.send(command);
                        List<String> reply = server.reply();
                        if (tls != null && !secured) {
                            String last = reply.removeLast();
                            reply.add(last.substring(0, 3) + "-" + last.substring(4));
                            reply.add("250 STARTTLS");
                        }
                        from.send(reply);
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
                            from.send(List.of(now.reply));
                        }
                        else {
                            server.send(command);
                            from.send(server.reply());
                        }
                    }
                    case "RCPT" -> {
                        String address = command.replaceAll("(?i).*<([^>]*)>.*", "$1").toLowerCase(Locale.ROOT);
                        if (refused.contains(address)) {
                            from.send(List.of("550 5.1.1 <" + address + ">: Recipient address rejected"));
                        }
                        else {
                            server.send(command);
                            from.send(server.reply());
                        }
                    }
                    case "DATA" -> {
                        server.send(command);
                        List<String> go = server.reply();
                        from.send(go);
                        if (go.getFirst().startsWith("354")) {
                            String line;
                            do {
                                line = from.read();
                                server.send(line);
                            }
                            while (line != null && !line.equals("."));
                            from.send(server.reply());
                        }
                    }
                    default -> {
                        server.send(command);
                        from.send(server.reply());
                    }
                }
            }
        }
        catch (IOException | RuntimeException e) {
            // the client went away, or was killed: nothing to pass on
        }
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
