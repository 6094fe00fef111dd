package news.dateline.system;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Named site-wide values kept in the database, so every node shares them (the signing
 * key, whether the demo content was loaded, settings editors change at run time).
 */
@Component
public class SiteSettings {

	private final JdbcClient jdbc;

	public SiteSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<String> get(String name) {
		return this.jdbc.sql("select setting_value from site_setting where name = ?")
			.param(name)
			.query(String.class)
			.optional();
	}

	/** Stores the value unless the name has one; returns the value that is stored now. */
	public String putIfAbsent(String name, String value) {
		Optional<String> stored = get(name);
		if (stored.isPresent()) {
			return stored.get();
		}
		try {
			this.jdbc.sql("insert into site_setting (name, setting_value) values (?, ?)").params(name, value).update();
			return value;
		}
		catch (DuplicateKeyException ex) {
			return get(name).orElseThrow();
		}
	}

	public void put(String name, String value) {
		if (this.jdbc.sql("update site_setting set setting_value = ? where name = ?")
			.params(value, name)
			.update() == 0) {
			putIfAbsent(name, value);
		}
	}

	/**
	 * Removes the value if it is still the one given; true for the one caller that
	 * removed it.
	 */
	public boolean removeIf(String name, String value) {
		return this.jdbc.sql("delete from site_setting where name = ? and setting_value = ?")
			.params(name, value)
			.update() == 1;
	}

	/** Removes the value, if any. */
	public void remove(String name) {
		this.jdbc.sql("delete from site_setting where name = ?").param(name).update();
	}

}
