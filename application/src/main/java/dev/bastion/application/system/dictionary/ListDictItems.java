package dev.bastion.application.system.dictionary;

import dev.bastion.domain.system.dictionary.DictCode;
import java.util.List;

/** Every item of a type, disabled ones too, by sort then value (administration); {@code NOT_FOUND} for an unknown type. */
public interface ListDictItems {

    List<DictItemView> items(DictCode typeCode);
}
