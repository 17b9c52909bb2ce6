package org.wayfinder.config.demo;

import java.util.List;
import org.wayfinder.platform.spi.DemoDataSet;
import org.wayfinder.platform.spi.Roles;

/**
 * What the demo holds, as {@code demo/demo.json} describes it: the platform's operator, and the demo
 * programmes with their people and the plugins' data sets to load into each.
 *
 * @param operator   the platform operator's demo login
 * @param programmes the demo programmes, in the order they are provisioned
 */
public record DemoPlan(Person operator, List<Programme> programmes) {

    /** Where the plan is on the classpath. */
    public static final String RESOURCE = "demo/demo.json";

    /**
     * A demo login.
     *
     * @param email the address to sign in with
     * @param name  the person's name
     * @param role  the role they hold
     */
    public record Person(String email, String name, String role) {
    }

    /**
     * A demo programme. Its configuration (branding, forms, journeys, plugins) is the document
     * {@code demo/programmes/<address>.json}, in the format of the configuration export; its logo is
     * {@code demo/programmes/<address>.png}.
     *
     * @param address its subdomain
     * @param people  its demo logins
     * @param data    the data sets its plugins load, in order
     */
    public record Programme(String address, List<Person> people, List<DataSet> data) {

        public String configuration() {
            return "demo/programmes/" + address + ".json";
        }

        public String logo() {
            return "demo/programmes/" + address + ".png";
        }
    }

    /**
     * A plugin's data set for a programme: the file {@code demo/<plugin>/<file>}, read by that
     * plugin's {@code DemoData}.
     */
    public record DataSet(String plugin, String file) {

        public String resource() {
            return "demo/" + plugin + "/" + file;
        }
    }

    /** Reads the plan; a mistake is a {@link DemoDataSet.Problem} naming the JSON path. */
    public static DemoPlan read(DemoDataSet document) {
        DemoDataSet.Node root = document.root();
        DemoDataSet.Node operator = root.get("operator");
        return new DemoPlan(new Person(operator.text("email"), operator.text("name"), Roles.OPERATOR),
                root.get("programmes").items().stream().map(DemoPlan::programme).toList());
    }

    private static Programme programme(DemoDataSet.Node programme) {
        String address = programme.text("address");
        if (!address.matches("[a-z0-9-]+")) {
            throw programme.get("address").fail("an address is lower-case letters, digits and hyphens");
        }
        return new Programme(address,
                programme.list("people").stream().map(person -> new Person(person.text("email"), person.text("name"), person.text("role")))
                        .toList(),
                programme.list("data").stream().map(set -> new DataSet(set.text("plugin"), set.text("file"))).toList());
    }
}
