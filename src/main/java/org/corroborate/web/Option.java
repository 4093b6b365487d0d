package org.corroborate.web;

import io.quarkus.qute.TemplateData;

/** One choice of a select, radio group or checkbox group: the submitted value and the words shown. */
@TemplateData
public record Option(String value, String label) {

}
