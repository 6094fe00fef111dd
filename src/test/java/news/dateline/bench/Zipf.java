package news.dateline.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Picks ranks 0 to n-1 with a Zipf-like skew (rank r weighs 1 / (r + 1)^s), as popular
 * tags, prolific authors and busy sections are in a real archive.
 */
final class Zipf {

	private final double[] cumulative;

	Zipf(int n, double exponent) {
		this.cumulative = new double[n];
		double sum = 0;
		for (int rank = 0; rank < n; rank++) {
			sum += 1 / Math.pow(rank + 1, exponent);
			this.cumulative[rank] = sum;
		}
		for (int rank = 0; rank < n; rank++) {
			this.cumulative[rank] /= sum;
		}
	}

	int next(SplittableRandom random) {
		int found = Arrays.binarySearch(this.cumulative, random.nextDouble());
		int rank = (found >= 0) ? found : -found - 1;
		return Math.min(rank, this.cumulative.length - 1);
	}

}
