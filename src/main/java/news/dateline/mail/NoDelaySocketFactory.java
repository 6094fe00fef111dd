package news.dateline.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * Plain sockets with Nagle's algorithm off, for the SMTP connections: Jakarta Mail writes
 * a message in several pieces, and with Nagle on, the end of each message waited for the
 * server's delayed acknowledgement (about 40 ms a mail, whatever the server's speed).
 */
final class NoDelaySocketFactory extends SocketFactory {

	static final NoDelaySocketFactory INSTANCE = new NoDelaySocketFactory();

	private final SocketFactory plain = SocketFactory.getDefault();

	private NoDelaySocketFactory() {
	}

	@Override
	public Socket createSocket() throws IOException {
		return noDelay(this.plain.createSocket());
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return noDelay(this.plain.createSocket(host, port));
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		return noDelay(this.plain.createSocket(host, port, localHost, localPort));
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return noDelay(this.plain.createSocket(host, port));
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		return noDelay(this.plain.createSocket(address, port, localAddress, localPort));
	}

	private static Socket noDelay(Socket socket) throws IOException {
		socket.setTcpNoDelay(true);
		return socket;
	}

}
