package org.wayfinder.platform.spi;

/**
 * A plugin's loader of demo data: a CDI bean that, given one of its data sets (a JSON file the demo
 * names for a demo programme), creates the records it describes through the plugin's own services,
 * as the people it names. The demo loader calls it once per data set, inside the programme's tenant
 * with a transaction of its own, right after the programme is provisioned, and only when the demo is
 * switched on ({@code wayfinder.demo.enabled}). Accounts come from {@link DemoPeople}.
 *
 * <p>Demo data is data: what a demo programme holds is in the data set, so a plugin's production
 * code holds only how to read it. A data set that cannot be loaded throws a
 * {@link DemoDataSet.Problem} naming the file and the JSON path at fault (see {@link DemoDataSet.Node#fail}).
 */
public interface DemoData {

    /** The id of the plugin whose data sets this loads, as the demo names it. */
    String plugin();

    /** Creates the data set's records in the current programme. */
    void load(DemoDataSet data);
}
