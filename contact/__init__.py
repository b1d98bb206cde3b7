"""The contact page: a form families use to reach staff, stored in the admin and emailed to them."""
