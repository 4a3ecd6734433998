package eu.tandem.sharing;

import java.util.Objects;
import java.util.stream.Collectors;

import eu.tandem.casework.CaseId;
import eu.tandem.casework.SupportBasis;
import eu.tandem.hub.HubId;
import eu.tandem.hub.InformationSharing;
import eu.tandem.hub.SharingPurpose;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support may be planned when the hub's agreement in force today states a legal basis for planning and delivering
 * support, or when the person (for a minor, the guardian) consented to support planning and has not withdrawn it.
 */
@Component
class ConsentToSupport implements SupportBasis {

	private final ConsentStore consents;
	private final InformationSharing sharing;

	ConsentToSupport(ConsentStore consents, InformationSharing sharing) {
		this.consents = consents;
		this.sharing = sharing;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean recorded(CaseId id, HubId hub) {
		if (sharing.rulesToday(hub).statesBasisFor(SharingPurpose.SUPPORT_PLANNING)) {
			return true;
		}
		var all = consents.ofCase(id);
		var withdrawn = all.stream().map(Consent::withdraws).filter(Objects::nonNull).collect(Collectors.toSet());
		return all.stream().anyMatch(consent -> consent.decision() == Consent.Decision.GIVEN && !withdrawn.contains(consent.id())
				&& consent.purposes().contains(SharingPurpose.SUPPORT_PLANNING));
	}
}
