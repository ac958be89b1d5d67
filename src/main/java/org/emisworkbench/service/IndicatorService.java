package org.emisworkbench.service;

import java.util.List;
import java.util.Map;
import org.emisworkbench.indicators.AreaSelector;
import org.emisworkbench.indicators.IndicatorCalculator;
import org.emisworkbench.indicators.IndicatorInputs;
import org.emisworkbench.indicators.IndicatorInputsLoader;
import org.emisworkbench.indicators.IndicatorSettings;
import org.emisworkbench.indicators.SchoolGroup;
import org.emisworkbench.indicators.IndicatorValue;
import org.emisworkbench.model.Message;
import org.emisworkbench.store.CensusLoader;

/** Indicators of a census year for a school, district, region or the country, from the stored returns. */
public final class IndicatorService {
    private final Workbench workbench;

    public IndicatorService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Every indicator of the catalogue for one area; {@code level} null for primary. */
    public List<IndicatorValue> compute(int year, AreaSelector area, String level) {
        return compute(year, area, level, IndicatorSettings.DEFAULT);
    }

    /** The same, with a ministry's own publication settings (the share of known ages NER needs…). */
    public List<IndicatorValue> compute(int year, AreaSelector area, String level, IndicatorSettings settings) {
        IndicatorInputs in = inputs(year);
        try {
            return IndicatorCalculator.compute(in, area, level, settings);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(Message.of("error.sentence", e.getMessage()), e);
        }
    }

    /** Every indicator for the schools of each locality or ownership of an area, keyed by group. */
    public Map<String, List<IndicatorValue>> computeByGroup(int year, AreaSelector area, String level,
                                                            IndicatorSettings settings, SchoolGroup by) {
        IndicatorInputs in = inputs(year);
        try {
            return IndicatorCalculator.computeByGroup(in, area, level, settings, by);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(Message.of("error.sentence", e.getMessage()), e);
        }
    }

    /** Every indicator for every area of a kind (all districts…), the inputs loaded once. */
    public Map<String, List<IndicatorValue>> computeAll(int year, AreaSelector.Kind kind, String level) {
        IndicatorInputs in = inputs(year);
        try {
            return IndicatorCalculator.computeAll(in, kind, level);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(Message.of("error.sentence", e.getMessage()), e);
        }
    }

    /** Census years with returns, in order. */
    public List<Integer> years() {
        return workbench.store(ws -> new CensusLoader(ws).years());
    }

    private IndicatorInputs inputs(int year) {
        if (!years().contains(year)) {
            throw new ServiceException(Message.of("service.noReturns", year));
        }
        return workbench.store(ws -> IndicatorInputsLoader.load(ws, year));
    }
}
