package dev.bastion.bootstrap.system;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.shared.Transactions;
import dev.bastion.application.system.notice.NoticeInboxService;
import dev.bastion.application.system.notice.NoticeReach;
import dev.bastion.application.system.notice.NoticesService;
import dev.bastion.domain.access.RoleLookup;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.system.notice.HtmlSanitizer;
import dev.bastion.domain.system.notice.NoticeRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Notices: their administration, and each reader's inbox (also used by a push service). */
@Factory
final class NoticeWiring {

    @Singleton
    NoticeReach noticeReach(RoleLookup roles, DepartmentRepository departments, UserRepository users) {
        return new NoticeReach(roles, departments, users);
    }

    @Singleton
    NoticesService notices(NoticeRepository notices, HtmlSanitizer sanitizer, NoticeReach reach,
                           GetUserAccess userAccess, Transactions transactions, Clock clock) {
        return new NoticesService(notices, sanitizer, reach, userAccess, transactions, clock);
    }

    @Singleton
    NoticeInboxService noticeInbox(NoticeRepository notices, Clock clock) {
        return new NoticeInboxService(notices, clock);
    }
}
