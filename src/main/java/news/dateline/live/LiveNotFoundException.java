package news.dateline.live;

import news.dateline.system.NotFoundException;

/** No such live story or entry. */
public class LiveNotFoundException extends NotFoundException {

	public LiveNotFoundException(String what) {
		super(what);
	}

}
