package dev.bastion.tools.codegen.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamingTest {

    @Test
    void names_are_spelled_for_each_place_they_go() {
        assertThat(Naming.snake("purchasedOn")).isEqualTo("purchased_on");
        assertThat(Naming.snake("httpURLValue")).isEqualTo("http_url_value");
        assertThat(Naming.kebab("PurchaseOrder")).isEqualTo("purchase-order");
        assertThat(Naming.constant("purchasedOn")).isEqualTo("PURCHASED_ON");
        assertThat(Naming.words("PurchaseOrder")).isEqualTo("Purchase order");
        assertThat(Naming.camel("Asset")).isEqualTo("asset");
        assertThat(Naming.withArticle("asset")).isEqualTo("an asset");
        assertThat(Naming.withArticle("category")).isEqualTo("a category");
    }

    @Test
    void plurals_follow_the_common_english_rules() {
        assertThat(Naming.plural("Asset")).isEqualTo("Assets");
        assertThat(Naming.plural("Category")).isEqualTo("Categories");
        assertThat(Naming.plural("Day")).isEqualTo("Days");
        assertThat(Naming.plural("Box")).isEqualTo("Boxes");
        assertThat(Naming.plural("Batch")).isEqualTo("Batches");
        assertThat(Naming.plural("Status")).isEqualTo("Statuses");
    }
}
