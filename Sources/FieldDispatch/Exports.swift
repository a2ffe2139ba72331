@_exported import FieldDispatchModel
