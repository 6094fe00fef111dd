package news.dateline.media;

import jakarta.persistence.Embeddable;

/**
 * One stored, re-encoded size of a library image.
 */
@Embeddable
public class MediaVariant {

	private int width;

	private int height;

	private long byteSize;

	protected MediaVariant() {
	}

	public MediaVariant(int width, int height, long byteSize) {
		this.width = width;
		this.height = height;
		this.byteSize = byteSize;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public long getByteSize() {
		return this.byteSize;
	}

}
