package dev.bastion.adapters.rest.json;

/**
 * A request body read as a patch: {@link StrictJsonBodyReader} hands it the names the body carried,
 * so that its mapping can tell a field left out from one sent as {@code null}.
 */
public interface PatchRequest<R extends PatchRequest<R>> {

    /** This body, knowing which fields were sent. */
    R withSentFields(SentFields sent);
}
