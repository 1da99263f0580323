package dev.bastion.modules.inventory.domain;

import static dev.bastion.modules.inventory.domain.InventoryFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.shared.DomainEvent;
import dev.bastion.domain.shared.DomainException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The stock rules over any sequence of receipts and issues, refused ones among them. */
class ItemStockProperties {

    /** One attempted movement: in or out, of an amount that may be refused (0, negative, too much). */
    record Move(boolean receive, long amount) {
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        Arbitrary<Long> amounts = Arbitraries.oneOf(Arbitraries.longs().between(-3, 40),
                Arbitraries.longs().between(Long.MAX_VALUE - 50, Long.MAX_VALUE), Arbitraries.longs());
        return Combinators.combine(Arbitraries.of(true, false), amounts).as(Move::new).list().ofMaxSize(60);
    }

    @Property
    void the_quantity_never_goes_negative_and_moves_exactly_by_what_was_accepted(
            @ForAll("moves") List<Move> moves, @ForAll @LongRange(min = 0, max = 50) long reorderLevel) {
        Item item = Item.add(ItemId.newId(), WarehouseId.newId(), InventoryFixtures.itemDetails("P-1", reorderLevel),
                T0);
        item.pullEvents();
        long expected = 0;
        for (Move move : moves) {
            boolean accepted = apply(item, move);
            boolean acceptable = move.amount() > 0 && (move.receive()
                    ? move.amount() <= Long.MAX_VALUE - expected : move.amount() <= expected);
            assertThat(accepted).as("%s at %d", move, expected).isEqualTo(acceptable);
            if (accepted) {
                expected += move.receive() ? move.amount() : -move.amount();
            }
            assertThat(item.quantity()).isEqualTo(expected).isNotNegative();
        }
    }

    @Property
    void stock_low_is_recorded_exactly_when_an_issue_crosses_below_the_reorder_level(
            @ForAll("moves") List<Move> moves, @ForAll @LongRange(min = 0, max = 50) long reorderLevel) {
        Item item = Item.add(ItemId.newId(), WarehouseId.newId(), InventoryFixtures.itemDetails("P-1", reorderLevel),
                T0);
        item.pullEvents();
        for (Move move : moves) {
            long before = item.quantity();
            boolean accepted = apply(item, move);
            List<DomainEvent> events = item.pullEvents();
            long after = item.quantity();
            boolean crossed = accepted && !move.receive() && before >= reorderLevel && after < reorderLevel;

            assertThat(events.stream().filter(ItemStockLow.class::isInstance).toList())
                    .as("%s from %d to %d, reorder level %d", move, before, after, reorderLevel)
                    .isEqualTo(crossed
                            ? List.of(new ItemStockLow(item.id()))
                            : List.of());
            assertThat(events).hasSize(accepted ? (crossed ? 2 : 1) : 0);
        }
    }

    /** Tries the move; whether the item accepted it (a refusal must leave it as it was). */
    private static boolean apply(Item item, Move move) {
        try {
            if (move.receive()) {
                item.receive(move.amount(), T0);
            } else {
                item.issue(move.amount(), T0);
            }
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }
}
