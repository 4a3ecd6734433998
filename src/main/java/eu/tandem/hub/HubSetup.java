package eu.tandem.hub;

import java.time.LocalDate;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds hubs and their agreements for demo data and scripted set-ups, which run before anyone can sign in: the
 * same rules as the screens apply ({@link Hubs}, {@link Agreements}), without an actor to authorise, and every
 * change is audited with an unknown actor. It is the hub module's {@code setup} interface, which only the demo
 * module declares; no screen can reach it.
 */
@Service
@NamedInterface("setup")
public class HubSetup {

	private final Hubs hubs;
	private final Agreements agreements;

	HubSetup(Hubs hubs, Agreements agreements) {
		this.hubs = hubs;
		this.agreements = agreements;
	}

	@Transactional
	public Hub create(HubDetails details) {
		return hubs.createForSetup(details);
	}

	@Transactional
	public void addAgency(HubId id, AgencyId agency, String roleInHub) {
		hubs.addAgencyForSetup(id, agency, roleInHub);
	}

	@Transactional
	public void appoint(HubId id, UserId user, HubRole role) {
		hubs.appointForSetup(id, user, role);
	}

	@Transactional
	public void publish(HubId id) {
		hubs.publishForSetup(id);
	}

	@Transactional
	public AgreementVersion draft(HubId hub, AgreementTerms terms, UserId author) {
		return agreements.draftForSetup(hub, terms, author);
	}

	@Transactional
	public void sign(AgreementId id, int number, AgencyId agency, UserId signer, String signatoryName, LocalDate signedOn) {
		agreements.signForSetup(id, number, agency, signer, signatoryName, signedOn);
	}
}
