"""The Qt layer: widgets and Qt models over the core. No business logic lives here."""
