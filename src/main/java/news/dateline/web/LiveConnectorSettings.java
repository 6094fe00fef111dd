package news.dateline.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

import news.dateline.live.LiveProperties;

/**
 * Sizes Tomcat's per-connection socket buffers ({@code dateline.live.socket-buffer}):
 * every open live event stream holds a read and a write buffer, so a node holding
 * thousands of streams needs them smaller than Tomcat's 8 KB.
 */
@Component
class LiveConnectorSettings implements TomcatConnectorCustomizer {

	private final LiveProperties properties;

	LiveConnectorSettings(LiveProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(org.apache.catalina.connector.Connector connector) {
		String size = Integer.toString(this.properties.socketBuffer());
		connector.setProperty("socket.appReadBufSize", size);
		connector.setProperty("socket.appWriteBufSize", size);
	}

}
