package news.dateline.web;

import org.apache.catalina.connector.Connector;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import news.dateline.live.LiveProperties;

/**
 * Sizes Tomcat's per-connection buffers for nodes that hold thousands of live event
 * streams, each of which keeps its connection's: the socket's read and write buffers
 * ({@code dateline.live.socket-buffer}, Tomcat's default 8 KB each) and the request's and
 * response's body buffers ({@code dateline.live.body-buffer}, through
 * {@link LeanHttp11NioProtocol}). Pages get their full response buffer back from
 * {@link ResponseBufferFilter}.
 */
@Component
class LiveConnectorSettings
		implements TomcatConnectorCustomizer, WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final LiveProperties properties;

	LiveConnectorSettings(LiveProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (this.properties.bodyBuffer() != LeanHttp11NioProtocol.TOMCAT_BODY_BUFFER) {
			factory.setProtocol(LeanHttp11NioProtocol.class.getName());
		}
	}

	@Override
	public void customize(Connector connector) {
		String size = Integer.toString(this.properties.socketBuffer());
		connector.setProperty("socket.appReadBufSize", size);
		connector.setProperty("socket.appWriteBufSize", size);
		if (connector.getProtocolHandler() instanceof LeanHttp11NioProtocol lean) {
			lean.bodyBuffer(connector, this.properties.bodyBuffer());
		}
	}

}
