package eu.tandem.casework;

import java.util.List;

import eu.tandem.hub.HubId;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What scripted set-up (demo data) reads of cases, untraced because it shows nothing to anyone. It is the case
 * work module's {@code setup} interface, which only the demo module declares: every screen reads cases through
 * {@link CaseFiles}, which checks and traces each access.
 */
@Service
@NamedInterface("setup")
public class CaseSetup {

	private final CaseStore store;

	CaseSetup(CaseStore store) {
		this.store = store;
	}

	/** Every case of a hub, newest first. */
	@Transactional(readOnly = true)
	public List<CaseFile> ofHub(HubId hub) {
		return store.ofHubs(List.of(hub));
	}
}
