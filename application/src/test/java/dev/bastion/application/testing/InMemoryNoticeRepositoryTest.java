package dev.bastion.application.testing;

import dev.bastion.application.testing.contract.AccessWorld;
import dev.bastion.application.testing.contract.NoticeRepositoryContract;
import dev.bastion.domain.system.notice.NoticeRepository;

class InMemoryNoticeRepositoryTest extends NoticeRepositoryContract {

    private AccessWorld world;

    @Override
    protected AccessWorld world() {
        world = InMemoryAccessWorld.create();
        return world;
    }

    @Override
    protected NoticeRepository notices() {
        return new InMemoryNoticeRepository(world.users(), world.departments(), world.holdings());
    }
}
