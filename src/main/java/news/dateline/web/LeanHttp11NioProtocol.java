package news.dateline.web;

import java.lang.reflect.Field;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.InputBuffer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.Processor;
import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat's HTTP/1.1 protocol with smaller request and response body buffers per
 * connection ({@code dateline.live.body-buffer}). Tomcat gives every connection's request
 * and response a byte and a char buffer of 8 KB each (48 KB in all), and an open live
 * event stream keeps its connection's for as long as it is open; a node holding thousands
 * of streams needs them smaller. Public, with a public constructor, because Tomcat makes
 * its protocol from the class name.
 */
public class LeanHttp11NioProtocol extends Http11NioProtocol {

	/** Tomcat's own size of the request and response body buffers. */
	static final int TOMCAT_BODY_BUFFER = 8192;

	private static final int ADAPTER_NOTES = 1;

	private static final int MIN_TRAILER = 1024;

	private volatile Connector connector;

	private volatile int bodyBuffer = TOMCAT_BODY_BUFFER;

	/** Gives each new connection's request and response buffers of {@code size} bytes. */
	void bodyBuffer(Connector connector, int size) {
		this.connector = connector;
		this.bodyBuffer = size;
		// a chunked request's trailer buffer, 8 KB per connection too; browsers send no
		// trailers
		setMaxTrailerSize(Math.min(getMaxTrailerSize(), Math.max(size, MIN_TRAILER)));
	}

	@Override
	public int getDesiredBufferSize() {
		return (this.bodyBuffer == TOMCAT_BODY_BUFFER) ? super.getDesiredBufferSize() : this.bodyBuffer;
	}

	/**
	 * A new connection's processor, with its servlet request and response made now (as
	 * Tomcat's adapter would make them on the first request) with the smaller buffers.
	 */
	@Override
	protected Processor createProcessor() {
		Processor processor = super.createProcessor();
		Connector connector = this.connector;
		if (connector != null && this.bodyBuffer != TOMCAT_BODY_BUFFER && processor instanceof AbstractProcessor made) {
			org.apache.coyote.Request coyoteRequest = made.getRequest();
			org.apache.coyote.Response coyoteResponse = coyoteRequest.getResponse();
			Request request = connector.createRequest(coyoteRequest);
			smaller(request, new InputBuffer(this.bodyBuffer, coyoteRequest));
			Response response = new Response(coyoteResponse, this.bodyBuffer);
			request.setResponse(response);
			response.setRequest(request);
			coyoteRequest.setNote(ADAPTER_NOTES, request);
			coyoteResponse.setNote(ADAPTER_NOTES, response);
			coyoteRequest.getParameters().setQueryStringCharset(connector.getURICharset());
		}
		return processor;
	}

	/**
	 * Swaps the request's body buffer (Tomcat makes it at 8 KB and offers no setting);
	 * the request has not been used yet, and makes its stream and reader from this field
	 * when first asked.
	 */
	private static void smaller(Request request, InputBuffer buffer) {
		try {
			Field field = Request.class.getDeclaredField("inputBuffer");
			field.setAccessible(true);
			field.set(request, buffer);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// left at Tomcat's size
		}
	}

}
