@_exported import FieldDispatch
