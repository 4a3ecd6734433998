package eu.tandem.knowledge;

import java.util.List;

import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fixed set of searches practitioners make, each with the items it must find near the top: stemming, ranking,
 * synonyms and typos, against the paper's own content. A change to the ranking that pushes one of them down fails here.
 */
@TandemIntegrationTest
class SearchQualityIT {

	@Autowired
	LibrarySearch search;

	@ParameterizedTest(name = "\"{0}\" finds {1} within the first {2}")
	@CsvSource(delimiter = '|', textBlock = """
			lone actor risk assessment       | practice-vera-2                                  | 10
			lone actor risk assessment       | meeting-2017-12-risk-assessment-lone-actors      | 10
			lone actor risk assessment       | meeting-2017-12-risk-assessment-lone-actors      | 1
			PTSD                             | meeting-2018-04-ptsd-trauma-stress               | 1
			post-traumatic stress            | meeting-2018-04-ptsd-trauma-stress               | 3
			DRR                              | meeting-2021-03-rehabilitation-reintegration     | 5
			reintegration                    | meeting-2021-03-rehabilitation-reintegration     | 3
			returnee                         | meeting-2018-04-ptsd-trauma-stress               | 10
			foreign fighters                 | meeting-2018-07-resilience-child-returnees       | 10
			child returnees                  | meeting-2018-07-resilience-child-returnees       | 1
			P/CVE mental health insights     | meeting-2019-05-mental-health-insights-local-pcve | 1
			prevention mental health insights | meeting-2019-05-mental-health-insights-local-pcve | 1
			anchr work                       | practice-anchor-work                             | 1
			augsbrug network                 | practice-augsburg-network                        | 1
			Hayat                            | practice-hayat                                   | 1
			grooming                         | meeting-2019-04-grooming-for-terror              | 3
			help the helper                  | meeting-2020-03-help-the-helper                  | 1
			ethical guidelines               | meeting-2021-01-ethical-guidelines               | 1
			mental health in prison          | meeting-2020-09-mental-health-in-prison          | 1
			substance abuse                  | meeting-2018-11-multi-problem-exit-work          | 3
			""")
	void findsWhatPractitionersLookFor(String query, String expected, int within) {
		var keys = keys(search.search(query, LibrarySearch.Filters.none(), 1));
		assertThat(keys.subList(0, Math.min(within, keys.size()))).as("the first %d for \"%s\": %s", within, query, keys)
			.contains(expected);
	}

	@ParameterizedTest(name = "\"{0}\" is read as \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			anchr       | anchor
			radicalsation | radicalisation
			augsbrug    | augsburg
			""")
	void aWordTypedWithATypoIsReadAsTheLibrarysWord(String typed, String meant) {
		var results = search.search(typed, LibrarySearch.Filters.none(), 1);
		assertThat(results.corrected()).isTrue();
		assertThat(results.searchedFor()).isEqualTo(meant);
		assertThat(results.total()).isPositive();
	}

	@ParameterizedTest(name = "\"{0}\" finds what says \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			trauma       | PTSD
			PTSD         | trauma
			DRR          | rehabilitation
			rehabilitation | DRR
			P/CVE        | prevention
			returnee     | foreign
			""")
	void synonymsFindEachOther(String query, String word) {
		var results = search.search(query, LibrarySearch.Filters.none(), 1);
		assertThat(results.hits()).as("items for \"%s\"", query).isNotEmpty();
		assertThat(results.hits().stream().map(hit -> hit.titleHtml() + " " + hit.extractHtml()))
			.as("a synonym is marked where it matched")
			.anySatisfy(text -> assertThat(text.toLowerCase()).containsPattern("<mark>" + java.util.regex.Pattern.quote(word.toLowerCase())));
	}

	static List<String> keys(LibrarySearch.Results results) {
		return results.hits().stream().map(hit -> hit.entry().key()).toList();
	}
}
