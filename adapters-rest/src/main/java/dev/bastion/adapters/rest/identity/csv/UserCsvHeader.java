package dev.bastion.adapters.rest.identity.csv;

import dev.bastion.adapters.rest.csv.FormulaGuard;
import dev.bastion.application.identity.csv.ImportUsers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The header line of an imported file: which column sits where. Columns may come in any order and
 * any may be left out but {@code username}; a column the file names that Bastion does not know, or
 * names twice, is refused by name ({@link #problems()}), so that a typo never silently drops data.
 */
final class UserCsvHeader {

    private final Map<UserCsvColumn, Integer> positions;
    private final int width;
    private final List<String> problems;

    private UserCsvHeader(Map<UserCsvColumn, Integer> positions, int width, List<String> problems) {
        this.positions = positions;
        this.width = width;
        this.problems = List.copyOf(problems);
    }

    static UserCsvHeader of(List<String> cells) {
        Map<UserCsvColumn, Integer> positions = new EnumMap<>(UserCsvColumn.class);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            Optional<UserCsvColumn> column = UserCsvColumn.named(cell);
            if (column.isEmpty()) {
                problems.add("unknown column '" + cell + "'; the columns are " + String.join(", ",
                        UserCsvColumn.headers()));
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                problems.add("column '" + column.get().header() + "' appears twice");
            }
        }
        if (!positions.containsKey(UserCsvColumn.USERNAME) && problems.isEmpty()) {
            problems.add("must name the username column; the columns are " + String.join(", ",
                    UserCsvColumn.headers()));
        }
        return new UserCsvHeader(positions, cells.size(), problems);
    }

    /** What is wrong with the header, one sentence per problem; empty when it can be used. */
    List<String> problems() {
        return problems;
    }

    /** How many values every row must have. */
    int width() {
        return width;
    }

    /** The row with {@code number} in the file, from its cells (as many as the header has). */
    ImportUsers.Line row(int number, List<String> cells) {
        return new ImportUsers.Line(number, value(cells, UserCsvColumn.USERNAME), value(cells, UserCsvColumn.NICKNAME),
                value(cells, UserCsvColumn.EMAIL), value(cells, UserCsvColumn.PHONE),
                value(cells, UserCsvColumn.DEPT_ID), value(cells, UserCsvColumn.STATUS), roles(cells));
    }

    /** The cell's value with the spreadsheet guard taken off; null for an empty cell or an absent column. */
    private String value(List<String> cells, UserCsvColumn column) {
        Integer position = positions.get(column);
        if (position == null || cells.get(position).isEmpty()) {
            return null;
        }
        return FormulaGuard.unguard(cells.get(position));
    }

    /** Role codes between separators, trimmed; empty pieces are ignored. */
    private List<String> roles(List<String> cells) {
        String roles = value(cells, UserCsvColumn.ROLES);
        if (roles == null) {
            return List.of();
        }
        return Arrays.stream(roles.split(Pattern.quote(UserCsvColumn.ROLE_SEPARATOR)))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList();
    }
}
