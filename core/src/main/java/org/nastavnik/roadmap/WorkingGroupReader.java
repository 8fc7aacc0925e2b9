package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.model.WorkingGroupMember;

/**
 * Reads a list of people such as «Состав рабочей группы …»: numbered lines «1. Г.В. Капранова,
 * заместитель заведующего …», each a name and a position.
 */
final class WorkingGroupReader {
    private static final Pattern HEADING = Pattern.compile("^(?:Состав|СОСТАВ)\\s+(?:рабочей|РАБОЧЕЙ|координационного|КООРДИНАЦИОННОГО|муниципальной|МУНИЦИПАЛЬНОЙ)");
    private static final Pattern MEMBER = Pattern.compile("^\\d{1,3}\\.?\\s+([^,–—]{3,120}?)\\s*[,–—]\\s*(\\S.*)$");

    private WorkingGroupReader() {
    }

    static List<WorkingGroupMember> read(List<SourceLine> lines, int from) {
        List<WorkingGroupMember> members = new ArrayList<>();
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            String s = SourceText.cell(lines.get(i).clean());
            if (!HEADING.matcher(s).find() || lines.get(i).hasCells()) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).isBlank()) {
                j++;
            }
            for (; j < lines.size(); j++) {
                String line = SourceText.cell(lines.get(j).clean());
                if (line.isEmpty()) {
                    continue;
                }
                Matcher m = MEMBER.matcher(line);
                if (!m.matches() || !PersonNames.isName(m.group(1))) {
                    break;
                }
                String position = m.group(2).strip();
                if (position.endsWith(".") || position.endsWith(";")) {
                    position = position.substring(0, position.length() - 1);
                }
                members.add(WorkingGroupMember.of(m.group(1).strip(), position));
            }
            return members;
        }
        return members;
    }
}
