package news.dateline;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(DatelineApplication.class);

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirFacesAndWithoutCycles() {
		modules.forEach(System.out::println);
		modules.verify();
	}

}
