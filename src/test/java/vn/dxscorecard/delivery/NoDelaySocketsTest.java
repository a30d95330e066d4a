package vn.dxscorecard.delivery;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Properties;

import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoDelaySocketsTest {

    @Test
    void socketsToTheMailServerHaveNagleOff() throws Exception {
        Properties mail = NoDelaySockets.install(new Properties(), "smtp");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket socket = ((SocketFactory) mail.get("mail.smtp.socketFactory"))
                    .createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
        assertThat(mail).as("no TLS factory where there was none: ssl.trust keeps working")
            .doesNotContainKey("mail.smtp.ssl.socketFactory");
    }

    @Test
    void aTlsFactoryGivenIsWrappedAndOneTheOperatorSetIsKept() throws Exception {
        Properties mail = new Properties();
        SSLSocketFactory bundle = SSLContext.getDefault().getSocketFactory();
        mail.put("mail.smtps.ssl.socketFactory", bundle);
        mail.put("mail.smtps.socketFactory.class", "com.example.OperatorsFactory");
        NoDelaySockets.install(mail, "smtps");
        assertThat(mail.get("mail.smtps.ssl.socketFactory")).isInstanceOf(SSLSocketFactory.class).isNotSameAs(bundle);
        assertThat(mail).doesNotContainKey("mail.smtps.socketFactory");
        Object wrapped = mail.get("mail.smtps.ssl.socketFactory");
        NoDelaySockets.install(mail, "smtps");
        assertThat(mail.get("mail.smtps.ssl.socketFactory")).as("installed once").isSameAs(wrapped);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket socket = ((SSLSocketFactory) wrapped).createSocket(InetAddress.getLoopbackAddress(),
                        server.getLocalPort())) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
    }

}
