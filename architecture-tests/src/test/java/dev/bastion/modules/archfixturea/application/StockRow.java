package dev.bastion.modules.archfixturea.application;

/** WRONG ON PURPOSE: a *Row in a module's application, outside its persistence adapter. */
public record StockRow(String id) {
}
