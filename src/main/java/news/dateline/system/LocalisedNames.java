package news.dateline.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The names, slugs and descriptions per language of one kind of named thing
 * ({@code section_translation}, {@code tag_translation}), read and written for the module
 * that owns the table. A slug is unique per language.
 */
public final class LocalisedNames {

	private final JdbcClient jdbc;

	private final String table;

	private final String owner;

	private final boolean described;

	/**
	 * @param table the table, such as {@code section_translation}
	 * @param owner its owner column, such as {@code section_id}
	 * @param described whether it has a description column
	 */
	public LocalisedNames(JdbcClient jdbc, String table, String owner, boolean described) {
		this.jdbc = jdbc;
		this.table = table;
		this.owner = owner;
		this.described = described;
	}

	private String columns() {
		return this.owner + ", language, name, slug, " + (this.described ? "description" : "null");
	}

	/** The owner's name in this language, if it has one. */
	public Optional<LocalisedName> find(Long ownerId, String language) {
		return this.jdbc
			.sql("select " + columns() + " from " + this.table + " where " + this.owner + " = ? and language = ?")
			.params(ownerId, language)
			.query(LocalisedNames::row)
			.optional();
	}

	/**
	 * The names in this language of these owners, by owner, in one statement (owners with
	 * none are left out).
	 */
	public Map<Long, LocalisedName> find(Collection<Long> ownerIds, String language) {
		if (ownerIds.isEmpty()) {
			return Map.of();
		}
		String marks = String.join(", ", Collections.nCopies(ownerIds.size(), "?"));
		List<Object> params = new ArrayList<>(ownerIds.size() + 1);
		params.add(language);
		params.addAll(ownerIds);
		Map<Long, LocalisedName> names = new HashMap<>();
		this.jdbc
			.sql("select " + columns() + " from " + this.table + " where language = ? and " + this.owner + " in ("
					+ marks + ")")
			.params(params)
			.query(LocalisedNames::row)
			.list()
			.forEach((name) -> names.put(name.ownerId(), name));
		return names;
	}

	/** Every language's name of the owner, by language. */
	public List<LocalisedName> all(Long ownerId) {
		return this.jdbc
			.sql("select " + columns() + " from " + this.table + " where " + this.owner + " = ? order by language")
			.param(ownerId)
			.query(LocalisedNames::row)
			.list();
	}

	/** Every row of every owner (exports). */
	public List<LocalisedName> everything() {
		return this.jdbc.sql("select " + columns() + " from " + this.table + " order by " + this.owner + ", language")
			.query(LocalisedNames::row)
			.list();
	}

	/** Every row of these owners, by owner and language (a page of an export). */
	public List<LocalisedName> of(java.util.Collection<Long> ownerIds) {
		if (ownerIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + columns() + " from " + this.table + " where " + this.owner + " in (:ids) order by "
					+ this.owner + ", language")
			.param("ids", ownerIds)
			.query(LocalisedNames::row)
			.list();
	}

	/** The name with this slug in this language. */
	public Optional<LocalisedName> bySlug(String language, String slug) {
		return this.jdbc.sql("select " + columns() + " from " + this.table + " where language = ? and slug = ?")
			.params(language, slug)
			.query(LocalisedNames::row)
			.optional();
	}

	/**
	 * The owner whose slug in this language is {@code slug}: by its translated slug, or
	 * by its own slug ({@code ownSlug} finds the owner's id) when it has no name in this
	 * language.
	 */
	public Optional<Long> ownerBySlug(String language, String slug,
			java.util.function.Function<String, Optional<Long>> ownSlug) {
		Optional<Long> translated = bySlug(language, slug).map(LocalisedName::ownerId);
		if (translated.isPresent()) {
			return translated;
		}
		return ownSlug.apply(slug).filter((id) -> find(id, language).isEmpty());
	}

	/**
	 * The owner whose slug in some language is {@code slug} (in the first such language
	 * by code, should several owners have it).
	 */
	public Optional<Long> ownerByAnySlug(String slug) {
		return this.jdbc.sql("select " + this.owner + " from " + this.table + " where slug = ? order by language")
			.param(slug)
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Every owner's slug in this language by its own slug (kept in {@code ownerTable}'s
	 * {@code slug} column), for lists of many owners.
	 */
	public java.util.Map<String, String> slugsByOwnSlug(String language, String ownerTable) {
		java.util.Map<String, String> slugs = new java.util.HashMap<>();
		this.jdbc
			.sql("select o.slug, t.slug from " + ownerTable + " o join " + this.table + " t on t." + this.owner
					+ " = o.id where t.language = ?")
			.param(language)
			.query((rs) -> {
				slugs.put(rs.getString(1), rs.getString(2));
			});
		return slugs;
	}

	/** Whether another owner uses the slug in this language. */
	public boolean slugTaken(Long ownerId, String language, String slug) {
		return this.jdbc
			.sql("select count(*) from " + this.table + " where language = ? and slug = ? and " + this.owner + " <> ?")
			.params(language, slug, ownerId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Sets the owner's name in the language (its slug made from the name when blank), or
	 * removes it when {@code name} is blank.
	 * @return the slug it had before, or null
	 * @throws FieldRejectedException on {@code slug} when it is malformed or another
	 * owner uses it in this language
	 */
	public String save(Long ownerId, String language, String name, String slug, String description, int slugLength) {
		if (name == null || name.isBlank()) {
			return put(ownerId, language, null, null, null);
		}
		String chosen = Slugs.available(slug, name, slugLength, (taken) -> slugTaken(ownerId, language, taken));
		String text = (description == null || description.isBlank()) ? null : description.strip();
		return put(ownerId, language, name.strip(), chosen, text);
	}

	/**
	 * Gives the owner this name in the language unless it has one there already
	 * (imports).
	 * @return whether it was given
	 * @throws FieldRejectedException on {@code slug} when it is malformed or another
	 * owner uses it in this language
	 */
	public boolean addIfAbsent(Long ownerId, String language, String name, String slug, String description,
			int slugLength) {
		if (name == null || name.isBlank() || find(ownerId, language).isPresent()) {
			return false;
		}
		save(ownerId, language, name, slug, description, slugLength);
		return true;
	}

	/**
	 * Sets the owner's name in the language, or removes it when {@code name} is null.
	 * @return the slug it had before, or null
	 */
	public String put(Long ownerId, String language, String name, String slug, String description) {
		String before = find(ownerId, language).map(LocalisedName::slug).orElse(null);
		this.jdbc.sql("delete from " + this.table + " where " + this.owner + " = ? and language = ?")
			.params(ownerId, language)
			.update();
		if (name != null) {
			String sql = "insert into " + this.table + " (" + this.owner + ", language, name, slug"
					+ (this.described ? ", description) values (?, ?, ?, ?, ?)" : ") values (?, ?, ?, ?)");
			JdbcClient.StatementSpec insert = this.jdbc.sql(sql).param(ownerId).param(language).param(name).param(slug);
			if (this.described) {
				insert = insert.param(description);
			}
			insert.update();
		}
		return before;
	}

	private static LocalisedName row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new LocalisedName(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
	}

}
