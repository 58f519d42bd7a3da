package io.tickmark.report;

import io.tickmark.rules.RuleCatalogue;

import java.util.List;

/** The outcome of one run over one or more documents. */
public record Report(String toolVersion, List<DocumentReport> documents, RuleCatalogue catalogue, boolean showPassed) {}
