package dev.bastion.adapters.rest.shared;

/** A response body that says how many rows of an uploaded file it took (for the operation log). */
public interface RowCount {

    long rows();
}
