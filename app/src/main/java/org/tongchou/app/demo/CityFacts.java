package org.tongchou.app.demo;

/**
 * Real city-level figures of Zhangjiagang (张家港市, 320582) the demo data are calibrated to, with the
 * public pages they come from. Years without a published figure are filled as stated per method and
 * are synthetic; docs/demo.md lists which is which.
 */
final class CityFacts {
    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2025;

    // Resident population. 2016: 1.255 m, zjg.gov.cn English site, 2018-02-05
    // (http://www.zjg.gov.cn/zjgEnglish/099007/099007004/20180205/1c076ec3-eea8-4b3b-ba5b-de41832204fb.html).
    // 2020: 1,432,044, 7th census (leiii/census census_county_2020_v1.xlsx). 2010: 1,246,762, 6th census.
    static final double POPULATION_2016 = 1_255_000;
    static final double POPULATION_2020 = 1_432_044;
    /** Assumed growth after the 2020 census (synthetic). */
    static final double POPULATION_GROWTH_AFTER_2020 = 0.004;

    // Urbanisation: 66 % in 2016 (zjg.gov.cn page above); 73.73 % in 2020 (7th census: 1,055,893 urban
    // of 1,432,044; leiii/census). 61.17 % in 2010 (6th census: 762,625 of 1,246,762).
    static final double URBANISATION_2016 = 66.0;
    static final double URBANISATION_2020 = 1_055_893.0 / 1_432_044 * 100;
    /** Assumed yearly gain in percentage points after 2020 (synthetic). */
    static final double URBANISATION_GAIN_AFTER_2020 = 0.5;

    // GDP in 100 million CNY (亿元). 2016: 230 bn (zjg.gov.cn page above); 2017: 260.6 bn
    // (http://www.tochina.vip/?mod=news&ac=newsshow&id=9657); 2019: 285 bn (China Daily 2020-05-29,
    // https://www.chinadaily.com.cn/m/jiangsu/zhangjiagang/2020-05/29/content_37536667.htm); 2020:
    // 268.66 bn (zh.wikipedia infobox "¥2,686.6亿"). 2018 interpolated; 2021–2025 assumed growth.
    private static final double[] GDP = {2300, 2606, 2728, 2850, 2686.6, 2901.5, 2988.5, 3138.0, 3294.9, 3476.1};
    private static final boolean[] GDP_PUBLISHED = {true, true, false, true, true, false, false, false, false, false};

    // General public budget revenue, 亿元. 2016: 19 bn (zjg.gov.cn page above); 2019: 24.7 bn (China Daily
    // page above). 2017–2018 interpolated; 2020 onwards assumed +2 %, then +4 % a year.
    private static final double[] BUDGET_REVENUE = {190, 209, 228, 247, 251.9, 262.0, 272.5, 283.4, 294.7, 306.5};
    private static final boolean[] BUDGET_PUBLISHED = {true, false, false, true, false, false, false, false, false, false};

    // Urban per-capita disposable income, CNY: 44,800 in 2016 (zjg.gov.cn page above); assumed +6.5 % a year.
    static final double URBAN_INCOME_2016 = 44_800;
    static final double URBAN_INCOME_GROWTH = 0.065;
    /** Urban-rural income ratio assumed 1.72 in 2016, narrowing by 0.01 a year (synthetic; Suzhou's is ~1.9). */
    static final double INCOME_RATIO_2016 = 1.72;

    private CityFacts() {
    }

    static double population(int year) {
        if (year <= 2020) {
            return POPULATION_2016 + (POPULATION_2020 - POPULATION_2016) * (year - 2016) / 4.0;
        }
        return POPULATION_2020 * Math.pow(1 + POPULATION_GROWTH_AFTER_2020, year - 2020);
    }

    static double urbanisation(int year) {
        if (year <= 2020) {
            return URBANISATION_2016 + (URBANISATION_2020 - URBANISATION_2016) * (year - 2016) / 4.0;
        }
        return URBANISATION_2020 + URBANISATION_GAIN_AFTER_2020 * (year - 2020);
    }

    static double gdp(int year) {
        return GDP[year - FIRST_YEAR];
    }

    static boolean gdpPublished(int year) {
        return GDP_PUBLISHED[year - FIRST_YEAR];
    }

    static double budgetRevenue(int year) {
        return BUDGET_REVENUE[year - FIRST_YEAR];
    }

    static boolean budgetRevenuePublished(int year) {
        return BUDGET_PUBLISHED[year - FIRST_YEAR];
    }

    static double urbanIncome(int year) {
        return URBAN_INCOME_2016 * Math.pow(1 + URBAN_INCOME_GROWTH, year - 2016);
    }

    static double incomeRatio(int year) {
        return INCOME_RATIO_2016 - 0.01 * (year - 2016);
    }
}
