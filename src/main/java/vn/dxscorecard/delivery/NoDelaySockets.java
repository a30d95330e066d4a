package vn.dxscorecard.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Properties;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sockets to the mail server with Nagle's algorithm off. Jakarta Mail ends each message
 * with a small write ({@code CRLF.CRLF}) after a large one; with Nagle on it waits for
 * the server's delayed acknowledgement, about 40 ms per message: measured 42 ms of a 44
 * ms DATA exchange on loopback, nearly all of a national edition's sending time. Jakarta
 * Mail has no setting for it, only socket factory properties, which these fill unless the
 * operator set them.
 */
final class NoDelaySockets {

    private NoDelaySockets() {
    }

    /**
     * Fills the plain socket factory of {@code protocol} (a STARTTLS layer keeps the
     * option of the socket under it) and wraps a TLS one already given (Spring Boot's SSL
     * bundle). A TLS factory is never added where there was none: Jakarta Mail's own
     * {@code ssl.trust} handling applies only without one. Properties the operator set
     * stay as they are.
     */
    static Properties install(Properties mail, String protocol) {
        String plain = "mail." + protocol + ".socketFactory";
        if (!mail.containsKey(plain) && !mail.containsKey(plain + ".class")) {
            mail.put(plain, new Plain(SocketFactory.getDefault()));
        }
        String tls = "mail." + protocol + ".ssl.socketFactory";
        if (mail.get(tls) instanceof SSLSocketFactory given && !(given instanceof Tls)) {
            mail.put(tls, new Tls(given));
        }
        return mail;
    }

    private static Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }

    private static final class Plain extends SocketFactory {

        private final SocketFactory base;

        Plain(SocketFactory base) {
            this.base = base;
        }

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(base.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(base.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(base.createSocket(host, port, local, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(base.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(base.createSocket(host, port, local, localPort));
        }

    }

    /** SMTPS sockets, and the layer STARTTLS puts over a plain one. */
    private static final class Tls extends SSLSocketFactory {

        private final SSLSocketFactory base;

        /**
         * The same base, for the four ways of opening a socket that both factories have.
         */
        private final Plain opener;

        Tls(SSLSocketFactory base) {
            this.base = base;
            this.opener = new Plain(base);
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return base.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return base.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            return noDelay(base.createSocket(noDelay(socket), host, port, autoClose));
        }

        @Override
        public Socket createSocket() throws IOException {
            return opener.createSocket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return opener.createSocket(host, port);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return opener.createSocket(host, port, local, localPort);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return opener.createSocket(host, port);
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            return opener.createSocket(host, port, local, localPort);
        }

    }

}
