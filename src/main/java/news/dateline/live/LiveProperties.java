package news.dateline.live;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Live coverage settings ({@code dateline.live.*}).
 *
 * @param maxStreams the event streams one node keeps open at most
 * @param maxStreamsPerClient the event streams one client address may keep open
 * @param streamTimeout how long a stream stays open before the browser reconnects
 * @param heartbeat how often an idle stream gets a comment line (finds closed ones)
 * @param pageSize entries on a page of the story
 * @param socketBuffer Tomcat's read and write buffer per connection, in bytes (its
 * default is 8192; every open stream holds both, so nodes holding thousands of streams
 * lower it)
 * @param bodyBuffer Tomcat's request and response body buffers per connection, in bytes
 * (its default is 8192; each is a byte and a char buffer, and an open stream holds both,
 * so nodes holding thousands of streams lower it; pages still get an 8 KB response
 * buffer)
 */
@Validated
@ConfigurationProperties("dateline.live")
public record LiveProperties(@DefaultValue("6000") @Min(0) int maxStreams,
		@DefaultValue("8") @Min(1) int maxStreamsPerClient, @DefaultValue("10m") Duration streamTimeout,
		@DefaultValue("25s") Duration heartbeat, @DefaultValue("20") @Min(1) int pageSize,
		@DefaultValue("8192") @Min(512) int socketBuffer, @DefaultValue("8192") @Min(256) int bodyBuffer) {

}
