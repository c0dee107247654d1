// The postgres project's tests: every running Frontline gets a database on the run's server.
process.env.FRONTLINE_TEST_ENGINE = 'postgres';
