package dev.bastion.application.system.notice;

import static dev.bastion.application.testing.AccessFixtures.role;

import dev.bastion.application.access.GetUserAccessService;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.InMemoryNoticeRepository;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.system.notice.HtmlSanitizer;
import dev.bastion.domain.system.notice.NoticeAudience;
import dev.bastion.domain.system.notice.NoticeType;
import java.util.List;

/**
 * The notice services over the in-memory fakes: Root ─┬─ Eng ─── Backend, └─ Sales; an
 * administrator with scope ALL, and a manager of Eng and below.
 */
final class NoticeWorld {

    /** Stands in for the real sanitizer (an adapter's): drops script elements. */
    static final HtmlSanitizer NO_SCRIPTS = html -> html.replaceAll("(?s)<script>.*?</script>", "");

    final FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
    final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    final InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
    final InMemoryUserRepository users = new InMemoryUserRepository(departments);
    final InMemoryAccessStore store = new InMemoryAccessStore(users).defineRole("super_admin", "*");
    final InMemoryNoticeRepository notices = new InMemoryNoticeRepository(users, departments, store.holdings())
            .sendingEventsTo(outbox);
    final NoticesService service = new NoticesService(notices, NO_SCRIPTS,
            new NoticeReach(store.roleLookup(), departments, users),
            new GetUserAccessService(store.grants(), users, departments, new InMemoryAccessCache()),
            new InMemoryTransactions(), clock);
    final NoticeInboxService inbox = new NoticeInboxService(notices, clock);

    final DeptId eng = department(DeptId.ROOT, "Eng");
    final DeptId backend = department(eng, "Backend");
    final DeptId sales = department(DeptId.ROOT, "Sales");
    final UserId admin = store.registerHolder("admin", DeptId.ROOT, role(DataScope.ALL), clock.now());
    final UserId manager = store.registerHolder("manager", eng, role(DataScope.DEPT_AND_CHILDREN), clock.now());

    DeptId department(DeptId parent, String name) {
        Department department = Department.create(DeptId.newId(), parent,
                new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED), clock.now());
        departments.add(department);
        return department.id();
    }

    UserId member(String name, DeptId dept) {
        return store.registerHolder(name, dept, role(DataScope.SELF), clock.now());
    }

    static CreateNotice.Command to(NoticeAudience audience) {
        return new CreateNotice.Command("Maintenance", "<p>Tonight</p>", NoticeType.ANNOUNCEMENT, null, audience,
                null, null);
    }

    static NoticeAudience users(UserId... ids) {
        return new NoticeAudience(false, List.of(), List.of(), List.of(ids));
    }

    static NoticeAudience depts(DeptId... ids) {
        return new NoticeAudience(false, List.of(), List.of(ids), List.of());
    }
}
