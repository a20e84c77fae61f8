"""The expectations gate: Great Expectations suites over a freshly built warehouse.

`expectations.suites` says what is checked (SQL for the frame + expectations with a severity),
`expectations.gate` runs the suites and summarises. Nothing here builds or publishes; importing this
package does not import Great Expectations (the gate imports it when it runs).
"""
