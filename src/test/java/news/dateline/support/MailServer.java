package news.dateline.support;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.smtp.SmtpConnection;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommand;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on the port the test settings send mail to: register it
 * with {@code @RegisterExtension static GreenMailExtension smtp = MailServer.smtp();}.
 * {@link #refuse} makes it answer RCPT for one address with a refusal of the test's
 * choosing (a 4xx or 5xx reply), as a real server does for a full or unknown mailbox;
 * {@link #acceptAll} ends that.
 */
public final class MailServer {

	/**
	 * The port of {@code spring.mail.port} in the test settings, or the one a
	 * {@code -Dspring.mail.port=...} gives (for two test runs on one machine).
	 */
	public static final int PORT = Integer.getInteger("spring.mail.port", 18525);

	private static final Map<String, String> refusals = new ConcurrentHashMap<>();

	private static volatile boolean installed;

	private MailServer() {
	}

	public static GreenMailExtension smtp() {
		return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	/** From now on, RCPT of this address is answered with this reply. */
	public static void refuse(String address, String reply) {
		install();
		refusals.put(address.toLowerCase(Locale.ROOT), reply);
	}

	/** Every address is accepted again. */
	public static void acceptAll() {
		refusals.clear();
	}

	/**
	 * Puts a refusing RCPT command in front of GreenMail's own, in its command registry
	 * (one map for every GreenMail of the JVM; with no refusals it only passes through).
	 */
	@SuppressWarnings("unchecked")
	private static synchronized void install() {
		if (installed) {
			return;
		}
		try {
			Field field = SmtpCommandRegistry.class.getDeclaredField("commands");
			field.setAccessible(true);
			Map<String, SmtpCommand> commands = (Map<String, SmtpCommand>) field.get(null);
			commands.put("RCPT", new RefusingRcpt(commands.get("RCPT")));
			installed = true;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("GreenMail's SMTP commands changed", ex);
		}
	}

	private static final class RefusingRcpt extends SmtpCommand {

		private static final Pattern ADDRESS = Pattern.compile("RCPT TO:\\s?<([^>]*)>.*", Pattern.CASE_INSENSITIVE);

		private final SmtpCommand delegate;

		RefusingRcpt(SmtpCommand delegate) {
			this.delegate = delegate;
		}

		@Override
		public void execute(SmtpConnection conn, SmtpState state, SmtpManager manager, String commandLine)
				throws IOException {
			Matcher matcher = ADDRESS.matcher(commandLine);
			String reply = matcher.matches() ? refusals.get(matcher.group(1).toLowerCase(Locale.ROOT)) : null;
			if (reply != null) {
				conn.send(reply);
			}
			else {
				this.delegate.execute(conn, state, manager, commandLine);
			}
		}

	}

}
