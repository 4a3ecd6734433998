package eu.tandem.agency;

import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory practitioners browse to find who does what: agencies by sector, country, region and the
 * professions they bring, and by words in their name and in what they say they do. Plain SQL with ILIKE:
 * a network has hundreds of agencies, not millions, and a literal substring is what people expect.
 */
@Repository
class AgencyDirectory {

	private final JdbcClient jdbc;
	private final ProfileStore profiles;

	AgencyDirectory(JdbcClient jdbc, ProfileStore profiles) {
		this.jdbc = jdbc;
		this.profiles = profiles;
	}

	@Transactional(readOnly = true)
	List<DirectoryEntry> search(DirectoryFilter filter) {
		var sql = new StringBuilder("""
				select a.* from agency.agency a join agency.profile p on p.agency_id = a.id
				 where true
				""");
		var params = new HashMap<String, Object>();
		if (filter.sector() != null) {
			sql.append(" and a.sector = :sector\n");
			params.put("sector", filter.sector().name());
		}
		if (filter.country() != null) {
			sql.append(" and a.country = :country\n");
			params.put("country", filter.country().code());
		}
		if (!filter.region().isEmpty()) {
			sql.append(" and a.region ilike :region\n");
			params.put("region", DirectoryFilter.containing(filter.region()));
		}
		if (filter.profession() != null) {
			sql.append(" and exists (select 1 from agency.profession b where b.agency_id = a.id and b.profession = :profession)\n");
			params.put("profession", filter.profession().name());
		}
		var words = filter.words();
		for (var i = 0; i < words.size(); i++) {
			sql.append(" and (a.name ilike :word%1$d or p.prevention_work ilike :word%1$d or p.responsibilities ilike :word%1$d)\n"
				.formatted(i));
			params.put("word" + i, DirectoryFilter.containing(words.get(i)));
		}
		sql.append(" order by a.country, lower(a.name)");
		var agencies = jdbc.sql(sql.toString()).params(params).query((rs, row) -> AgencyStore.agency(rs)).list();
		var described = profiles.byAgencies(agencies.stream().map(Agency::id).toList()).stream()
			.collect(Collectors.toMap(StoredProfile::agencyId, Function.identity()));
		return agencies.stream()
			.map(agency -> new DirectoryEntry(agency, described.get(agency.id()).profile()))
			.toList();
	}

	/** The countries that have agencies in the directory; the screen puts them in the order of its language. */
	@Transactional(readOnly = true)
	List<Country> countries() {
		return jdbc.sql("select distinct country from agency.agency")
			.query((rs, row) -> new Country(rs.getString("country")))
			.list();
	}
}
