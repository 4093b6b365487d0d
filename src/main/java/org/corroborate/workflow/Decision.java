package org.corroborate.workflow;

/** An editor's answer to a proposed verdict. */
public enum Decision {
    APPROVE, REJECT
}
