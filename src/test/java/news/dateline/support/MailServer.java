package news.dateline.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on the port the test settings send mail to: register it
 * with {@code @RegisterExtension static GreenMailExtension smtp = MailServer.smtp();}.
 */
public final class MailServer {

	/** The port of {@code spring.mail.port} in the test settings. */
	public static final int PORT = 18525;

	private MailServer() {
	}

	public static GreenMailExtension smtp() {
		return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

}
