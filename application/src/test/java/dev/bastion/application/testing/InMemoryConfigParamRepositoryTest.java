package dev.bastion.application.testing;

import dev.bastion.application.testing.contract.ConfigParamRepositoryContract;
import dev.bastion.domain.system.config.ConfigParamRepository;

class InMemoryConfigParamRepositoryTest extends ConfigParamRepositoryContract {

    @Override
    protected ConfigParamRepository repository() {
        return new InMemoryConfigParamRepository();
    }
}
